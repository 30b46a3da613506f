"""The browser's panes and keys, driven through Pilot on a real store file."""
from __future__ import annotations

from dataclasses import replace

from browser_data import make_batch
from commitments.records import org_key
from commitments.store import Store
from commitments.tui.app import make_app
from commitments.tui.filtering import BANDS, band_of
from commitments.tui.screens.document import DocumentScreen
from commitments.tui.screens.help import HelpScreen
from commitments.tui.widgets.commitment_list import CommitmentList
from commitments.tui.widgets.facets import AmountList, OrganisationList, RecipientList
from commitments.tui.widgets.source_view import SourceView


def _visible(view, line: int) -> bool:
    top = round(view.scroll_offset.y)
    return top <= line < top + view.scrollable_content_region.height


async def test_j_k_move_and_the_source_follows(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        rows, source = app.query_one(CommitmentList), app.query_one(SourceView)
        assert rows.border_title == f"Commitments ({len(browser_store.commitments)})"
        await pilot.press("j", "j", "j")
        assert rows.cursor == 3
        await pilot.press("k")
        await pilot.pause(0.3)  # the source follows once the cursor settles
        assert rows.cursor == 2
        assert source.commitment is rows.selected
        assert source.border_title == f"Source: {rows.selected.doc}"
        passage_line = source.line_of(source._rendered.passage[0])
        assert _visible(source, passage_line)
        await pilot.press("end")
        assert rows.cursor == len(rows.rows) - 1
        await pilot.press("home")
        assert rows.cursor == 0


async def test_mouse_click_selects_a_row(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        rows = app.query_one(CommitmentList)
        await pilot.click(CommitmentList, offset=(10, 4))  # the border takes the first line
        await pilot.pause()
        assert rows.cursor == 3


async def test_space_chooses_several_organisations(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        orgs, rows = app.query_one(OrganisationList), app.query_one(CommitmentList)
        everything = len(rows.rows)
        await pilot.press("1", "space")
        await pilot.pause()
        first = set(orgs.selected)
        assert len(first) == 1 and 0 < len(rows.rows) < everything
        assert all(first & set(c.actors) for c in rows.rows)
        await pilot.press("down", "space")
        await pilot.pause()
        both = set(orgs.selected)
        assert len(both) == 2 and "2 chosen" in str(orgs.border_title)
        assert all(both & set(c.actors) for c in rows.rows)
        assert len(rows.rows) > len([c for c in rows.rows if first & set(c.actors)])
        await pilot.press("3", "escape")
        await pilot.pause()
        assert len(rows.rows) == everything and not orgs.selected


async def test_amount_bands_filter_every_pane(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        rows = app.query_one(CommitmentList)
        await pilot.press("2", "space")  # ≥ $10bn
        await pilot.pause()
        assert rows.rows and all(c.money.usd_value >= 1e10 for c in rows.rows)
        counted = dict(zip((b.label for b in BANDS), (0,) * len(BANDS)))
        for c in browser_store.commitments:
            counted[BANDS[band_of(c)].label] += 1
        assert len(rows.rows) == counted["≥ $10bn"]
        await pilot.press("end", "space")  # and no amount
        await pilot.pause()
        assert len(rows.rows) == counted["≥ $10bn"] + counted["no amount"]
        orgs = app.query_one(OrganisationList)
        assert sum(1 for _ in orgs.options) <= len({a for c in rows.rows for a in c.actors})


async def test_search_filters_highlights_and_n_steps_through_matches(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        rows, source = app.query_one(CommitmentList), app.query_one(SourceView)
        await pilot.press("slash", *"wayne")
        await pilot.pause()
        assert rows.rows and all("wayne" in c.passage.text.casefold() for c in rows.rows)
        styled = [seg for seg in rows.render_line(0) if seg.text == "Wayne"]
        assert styled and all(seg.style.underline for seg in styled)
        await pilot.press("enter")
        assert app.focused is rows
        assert len(source.matches) >= 2  # the document repeats the place
        await pilot.press("n")
        first = source.current_match
        assert first >= 0 and _visible(source, source.line_of(source.matches[first][0]))
        await pilot.press("n")
        assert source.current_match == (first + 1) % len(source.matches)
        await pilot.press("N")
        assert source.current_match == first
        assert source.border_subtitle == f"match {first + 1}/{len(source.matches)}"
        await pilot.press("escape")
        await pilot.pause()
        assert len(rows.rows) == len(browser_store.commitments) and app.query_one("#search").value == ""


async def test_single_keys_stay_in_the_search_box(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"gmeoq")
        await pilot.pause()
        assert app.query_one("#search").value == "gmeoq"
        assert not app.grouped and not app.marks and len(app.screen_stack) == 1


async def test_o_opens_the_document_and_question_mark_the_help(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        selected = app.query_one(CommitmentList).selected
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, DocumentScreen)
        view = app.screen.query_one(SourceView)
        assert view.commitment is selected
        assert browser_store.documents[selected.doc_hash].text.split("\n")[0] in "".join(
            seg.text for y in range(3) for seg in view.render_line(y))
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert len(app.screen_stack) == 1


async def test_layout_at_80x24_and_200x60(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.query_one("#facets").display or app.query_one("#facets").region.width == 0
        rows, source = app.query_one(CommitmentList), app.query_one(SourceView)
        assert rows.region.height >= 6 and source.region.height >= 6 and rows.region.width == 80
        await pilot.press("f")
        await pilot.pause()
        assert app.query_one(OrganisationList).region.width > 0
    app = make_app(browser_store)
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        panes = [app.query_one(w).region for w in (OrganisationList, RecipientList, CommitmentList, SourceView)]
        assert [r.x for r in panes] == sorted(r.x for r in panes) and len({r.x for r in panes}) == 4
        assert panes[2].width > panes[0].width and panes[3].width > panes[1].width
        amounts = app.query_one(AmountList).region  # under organisations and recipients
        assert amounts.y > panes[0].bottom - 1 and amounts.x == panes[0].x and amounts.right == panes[1].right
        assert all(str(app.query_one(w).border_title).split("(")[1][0].isdigit()
                   for w in (OrganisationList, RecipientList, AmountList, CommitmentList))


async def test_spellings_of_one_organisation_are_one_choice(tmp_path):
    batch = make_batch(60, seed=5, per_document=10)
    batch[::2] = [(d, [replace(c, actors=[a.upper() for a in c.actors]) for c in cs]) for d, cs in batch[::2]]
    store = Store(tmp_path / "commitments.json")
    store.add(batch)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        orgs, rows = app.query_one(OrganisationList), app.query_one(CommitmentList)
        names = [str(o.prompt).rsplit(" (", 1)[0] for o in orgs.options]
        assert len({org_key(n) for n in names}) == len(names) == len({org_key(a) for c in store.commitments for a in c.actors})
        await pilot.press("1", "space")
        await pilot.pause()
        (chosen,) = orgs.selected
        spellings = {a for c in rows.rows for a in c.actors if org_key(a) == org_key(chosen)}
        assert len(spellings) == 2  # "Acme Corp" and "ACME CORP" rows both kept
        assert len(rows.rows) == sum(any(org_key(a) == org_key(chosen) for a in c.actors) for c in store.commitments)
        assert str(orgs.get_option_at_index(0).prompt) == f"{chosen} ({len(rows.rows)})"


async def test_the_source_is_wrapped_to_the_width_left_beside_its_scrollbar(seed_store):
    """A document longer than the pane brings a scrollbar that narrows it: the lines are
    wrapped again to the narrower width, so none is cut at the edge."""
    from commitments.tui.widgets.source_view import GUTTER
    from rich.cells import cell_len

    app = make_app(seed_store)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        source = app.query_one(SourceView)
        assert source.show_vertical_scrollbar and len(source._lines) > source.scrollable_content_region.height
        assert max(cell_len(line.plain.rstrip()) for line in source._lines) <= source.scrollable_content_region.width - GUTTER
