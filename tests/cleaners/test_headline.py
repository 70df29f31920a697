"""Headline rules: each with a line it handles and a similar line it must leave alone."""

import time

from cleaners import headline as h
from tests.guards import BACKTRACKING_LIMIT_S

BODY = (
    "Kim Jong-un will travel to Russia next week to meet Vladimir Putin, officials in Seoul said on "
    "Monday, after months of speculation about a summit between the two leaders."
)


def test_wire_markers_stripped_into_markers():
    assert h.strip_wire_markers("(LEAD) (2nd LD) Fighter jet crashes") == ("Fighter jet crashes", ["LEAD", "2nd LD"])
    assert h.strip_wire_markers("(URGENT) Quake hits") == ("Quake hits", ["URGENT"])
    assert h.strip_wire_markers("(3rd LD) Talks resume") == ("Talks resume", ["3rd LD"])
    assert h.strip_wire_markers("(Not a marker) stays") == ("(Not a marker) stays", [])


def test_site_suffix_only_when_it_names_a_site():
    assert h.strip_site_suffix("Kim to visit Russia | Daily Planet", "Daily Planet") == "Kim to visit Russia"
    assert h.strip_site_suffix("Kim to visit Russia - planet.example.com") == "Kim to visit Russia"
    assert h.strip_site_suffix("Kim to visit Russia - report") == "Kim to visit Russia - report"
    assert h.strip_site_suffix("Kim to visit Russia | Daily Planet", "Other Site") == "Kim to visit Russia | Daily Planet"


def test_headline_shape():
    assert h.looks_like_headline("Kim to visit Russia for summit with Putin")
    assert h.looks_like_headline("Was bringt das neue Gesetz?")
    assert not h.looks_like_headline("Startseite")
    assert not h.looks_like_headline("Von Anna Schmidt")
    assert not h.looks_like_headline("Erstellt: 28.04.2023, 18:16 Uhr")
    assert not h.looks_like_headline(".css-1x{display:none;}")
    assert not h.looks_like_headline("Kim will travel to Russia next week, officials in Seoul said on Monday.")


def test_headline_with_a_date_in_it_is_still_a_headline():
    assert h.looks_like_headline("Protokoll der Vorstandssitzung vom 10. Oktober 2019")
    assert not h.looks_like_headline("Veröffentlicht am 10. Oktober 2019")


def test_menu_before_and_related_list_after_are_not_the_headline():
    page = ["Home", "Politik", "Wirtschaft", "Sport",
            "Kim to visit Russia for summit with Putin", "Von Anna Schmidt", "28.04.2023, 18:16 Uhr",
            BODY, BODY.replace("Monday", "Tuesday"),
            "Related stories", "Fire destroys warehouse in port city", "Storm hits the coast again tonight",
            "Prices of rice climb for third month"]
    found = h.find_headline(page)
    assert found.index == 4
    assert found.clean == "Kim to visit Russia for summit with Putin"


def test_subheading_inside_body_is_not_the_headline():
    page = ["Kim to visit Russia for summit with Putin", BODY, "What comes after the summit", BODY, BODY]
    assert h.find_headline(page).index == 0


def test_teaser_after_headline_loses_to_headline():
    page = ["Menu", "Kim to visit Russia for summit with Putin",
            "The leader will meet Putin in the far east of Russia next week, state media said.",
            "28.04.2023", BODY, BODY]
    assert h.find_headline(page).index == 1


def test_breadcrumb_fused_headline_prefers_clean_copy():
    page = ["Saturday, May 18, 2024", "HomeworldKim to visit Russia for summit with Putin",
            "Kim to visit Russia for summit with Putin", BODY, BODY]
    assert h.find_headline(page).raw == "Kim to visit Russia for summit with Putin"
    assert h.prefer_unfused(["Kim to visit Russia", "Putin agrees"], 0) == 0


def test_wire_marker_headline_is_cleaned():
    page = ["(LEAD) Kim to visit Russia for summit with Putin", BODY, BODY]
    found = h.find_headline(page)
    assert found.clean == "Kim to visit Russia for summit with Putin"
    assert found.markers == ["LEAD"]


def test_captions_and_reading_time_are_debris():
    assert h.debris_penalty("Foto: Anna Schmidt/dpa") > 0
    assert h.debris_penalty("Lesezeit: 3 Minuten") > 0
    assert h.debris_penalty("Kim to visit Russia for summit with Putin") == 0


def test_no_headline_on_an_empty_page():
    assert h.find_headline([]).index is None
    assert h.find_headline(["© 2024"]).index is None


def test_adversarial_megabyte_line_is_fast():
    line = ("a" * 50 + " : ; { " + "Ab. " * 10) * 12000
    page = ["Menu", line, "Kim to visit Russia for summit with Putin", BODY, line[:500_000]]
    t0 = time.perf_counter()
    h.find_headline(page)
    h.looks_like_headline(line)
    h.is_prose_line(line)
    h.is_code_line(line)
    assert time.perf_counter() - t0 < BACKTRACKING_LIMIT_S


def test_quoted_title_is_headline_shaped_but_more_link_is_not():
    assert h.looks_like_headline("«Wir waren fast 40 Tage in Quarantäne»")
    assert not h.looks_like_headline("Alle Artikel »")


def test_kicker_above_the_title_is_not_the_headline():
    page = ["Menu", "Gipfeltreffen", "Kim to visit Russia for summit with Putin", "Von Anna Schmidt", BODY, BODY]
    assert h.find_headline(page).index == 2
    f = h.PageFeatures(page)
    assert h.under_kicker(f, 2, [False, True, True, False, False, False]) == 1.0
    assert h.under_kicker(f, 1, [False, True, True, False, False, False]) == 0.0


def test_widget_messages_are_not_headlines():
    assert h.widget_text_score("Vielen Dank für Ihre Anmeldung.") > 0
    assert h.widget_text_score("Kim to visit Russia for summit with Putin") == 0


def test_caption_credit_on_next_line():
    f = h.PageFeatures(["Rust on the west shore of the lake.", "© Photo Agency", BODY])
    assert h.credit_next(f, 0) == 1.0
    f = h.PageFeatures(["Kim to visit Russia", "Von Anna Schmidt", BODY])
    assert h.credit_next(f, 0) == 0.0


def test_kicker_with_colon_is_kept_when_the_title_is_printed_again():
    page = ["Gipfeltreffen: Kim reist nach Russland", "Kim reist nach Russland", BODY]
    assert h.prefer_unfused(page, 0) == 0
    page = ["Home » Politik » Kim reist nach Russland", "Kim reist nach Russland", BODY]
    assert h.prefer_unfused(page, 0) == 1
    page = ["Die schnellsten Läufer im Landkreis Oberland", "Landkreis Oberland", BODY]
    assert h.prefer_unfused(page, 0) == 0
    page = ["Neue Radwege zur Altstadt am Fluss", "zur Altstadt am Fluss", BODY]
    assert h.prefer_unfused(page, 0) == 0


def test_buttons_prompts_and_captions_are_debris():
    assert h.debris_penalty("Klicken, um auf Mastodon zu teilen (Wird in neuem Fenster geöffnet)") == 2.0
    assert h.debris_penalty("Get our best stories to your inbox every week") == 2.0
    assert h.debris_penalty("Fans celebrate in the old town after the match.AFP") == 2.0
    assert h.debris_penalty("Ein Fuchs im Schnee am Waldrand (Hans Muster / iStock.com)") == 2.0
    assert h.debris_penalty("AFP chief steps down after ten years") == 0.0
    assert h.debris_penalty("Wie Leser ihr Postfach aufräumen") == 0.0


def test_breadcrumb_trail_is_stripped_from_the_title():
    assert h.clean_headline("home / Politik / Land / Neue Radwege für die Altstadt")[0] == "Neue Radwege für die Altstadt"
    assert h.clean_headline("Sie sind hier: Startseite » Neue Radwege")[0] == "Neue Radwege"
    assert h.clean_headline("Home office / remote work: what changes")[0] == "Home office / remote work: what changes"


def test_breadcrumb_and_debris_rules_on_a_megabyte_line_are_fast():
    line = "home / " + "a / " * 250_000
    t0 = time.perf_counter()
    h.strip_breadcrumb(line)
    h.debris_penalty("Klick " * 200_000)
    h.debris_penalty("x." + "a / " * 250_000)
    h.gallery_or_link_debris("1/2" + " 1/2" * 250_000 + " x")
    h.ui_phrase("skip " * 200_000)
    assert time.perf_counter() - t0 < BACKTRACKING_LIMIT_S


def test_two_sentences_are_a_teaser_not_a_headline():
    assert h.debris_penalty("Die Stadt baut neue Radwege an der Altstadt entlang. Die Arbeiten beginnen im Mai") == 1.0
    assert h.debris_penalty("Radwege? So plant die Stadt die neue Verbindung zur Altstadt und zum Bahnhof") == 0.0


def test_truncated_teaser_is_debris():
    assert h.debris_penalty("Die Stadt will die neuen Radwege noch in diesem Jahr fertig…") == 1.0
    assert h.debris_penalty("Warten auf…") == 0.0


def test_ui_phrases_are_not_headlines():
    assert h.ui_phrase(h._norm("Ähnliche Beiträge")) == 1.0
    assert h.ui_phrase(h._norm("Leave a Reply")) == 1.0
    assert h.ui_phrase(h._norm("Lesen Sie auch: Neue Radwege für die Altstadt")) == 1.0
    assert h.ui_phrase(h._norm("Beiträge zur Geschichte der Altstadt")) == 0.0
    assert h.ui_phrase(h._norm("Kommentar: Warum die Radwege zu schmal sind")) == 0.0
    page = ["Menu", "Ähnliche Beiträge", "Kim to visit Russia for summit with Putin", BODY, BODY]
    f = h.PageFeatures(page)
    ctx = h._page_context(f)
    assert h.candidate_features(f, 1, ctx)["ui_phrase"] == 1.0
    assert h.candidate_features(f, 2, ctx)["ui_phrase"] == 0.0


def test_body_block_is_the_first_large_run_not_a_longer_notice_after_it():
    notice = "We and our partners store cookies on your device to measure how you use this site. " * 8
    page = ["Kim to visit Russia for summit with Putin", BODY, BODY, BODY] + ["Footer link"] * 12 + [notice]
    prose = [h.is_prose_line(x) for x in page]
    assert h.main_body_block(page, prose) == (1, 3)
    short = ["Please accept our terms before reading this site, it only takes a second."]
    page = short + ["Menu"] * 12 + ["Kim to visit Russia for summit with Putin", BODY, BODY, BODY]
    prose = [h.is_prose_line(x) for x in page]
    assert h.main_body_block(page, prose) == (14, 16)


def test_gallery_counters_neighbour_links_and_licences_are_debris():
    assert h.debris_penalty("2/7 Ein Auto steht nach dem Unfall quer auf der Straße") == 2.0
    assert h.debris_penalty("← Neue Radwege für die Altstadt") == 2.0
    assert h.debris_penalty("Neue Radwege für die Altstadt →") == 2.0
    assert h.debris_penalty("Dieser Text steht unter einer Creative-Commons-Lizenz") == 2.0
    assert h.debris_penalty("24/7 geöffnet: Neue Apotheke in der Altstadt") == 0.0
    assert h.debris_penalty("Neue Radwege für die Altstadt") == 0.0
    assert h.debris_penalty("«Wir bauen neue Radwege für die Altstadt»") == 0.0


def test_prompts_in_the_informal_second_person_are_widget_text():
    assert h.widget_text_score("Du kommentierst mit deinem Konto.") == 2.0
    assert h.widget_text_score("Hier kannst du deine Daten ändern") == 1.0
    assert h.widget_text_score("Le retour du loup dans les Alpes") == 0.0  # French 'du' is no address
    assert h.widget_text_score("Neue Radwege für die Altstadt") == 0.0


def test_css_declarations_without_semicolon_are_code():
    assert h.is_code_line("font-family: -apple-system, roboto, sans-serif")
    assert h.is_code_line("transition: all .2s ease")
    assert not h.is_code_line("Check-in: the new terminal opens next week")
    assert not h.is_code_line("Transition: Kim hands over to his sister")


def test_reply_prompts_and_published_stamps_are_ui_phrases():
    assert h.ui_phrase(h._norm("Schreibe eine Antwort")) == 1.0
    assert h.ui_phrase(h._norm("Veröffentlicht am 10. Februar 2019 von Anna")) == 1.0
    assert h.ui_phrase(h._norm("Posted on March 3, 2020 by Anna")) == 1.0
    assert h.ui_phrase(h._norm("Antworten auf die Klimakrise")) == 0.0
    assert h.ui_phrase(h._norm("Veröffentlichte Briefe aus dem Archiv")) == 0.0


def test_share_buttons_between_headline_and_body_do_not_push_the_body_away():
    buttons = ["Teilen", "Drucken", "E-Mail", "Twitter", "Facebook", "0 Kommentare"] * 3
    teasers = ["Storm hits the coast again tonight in the north"] * 18
    page = ["Kim to visit Russia for summit with Putin"] + buttons + [BODY, BODY, BODY]
    ctx = h._page_context(h.PageFeatures(page))
    assert h.core_features(h.PageFeatures(page), 0, ctx)["position"] == 2.0
    page = ["Kim to visit Russia for summit with Putin"] + teasers + [BODY, BODY, BODY]
    ctx = h._page_context(h.PageFeatures(page))
    assert h.core_features(h.PageFeatures(page), 0, ctx)["position"] < 2.0


def test_sign_up_messages_above_the_headline_leave_it_at_the_body_start():
    notices = ["Vielen Dank für Ihre Registrierung, der Aktivierungslink ist unterwegs zu Ihnen."] * 7
    assert sum(map(len, notices)) < 800
    assert h.block_position_score(20, (10, 60), 0, sum(map(len, notices))) == 1.5
    assert h.block_position_score(40, (10, 60), 0, 2500) == -1.0


def test_core_score_is_the_weighted_sum_of_core_features():
    page = ["Menu", "Gipfeltreffen", "Kim to visit Russia for summit with Putin", "Von Anna Schmidt",
            "28.04.2023", BODY, BODY, "Kim to visit Russia for summit with Putin"]
    f = h.PageFeatures(page)
    ctx = h._page_context(f)
    w = tuple(h.WEIGHTS[k] for k in ("position", "follows", "cues", "repeated", "length"))
    scores = h._core_scores(f, ctx, [1, 2, 3, 7], w)
    assert [i for _, i in scores] == [1, 2, 3, 7]
    for score, i in scores:
        expected = 0.0  # added left to right, as the score is: Python 3.12's sum() compensates rounding
        for k, v in h.core_features(f, i, ctx).items():
            expected += h.WEIGHTS[k] * v
        assert score == expected


def test_cjk_reporter_bylines_are_debris():
    assert h.debris_penalty("김혜진 기자") == 2.0
    assert h.debris_penalty("김혜진 기자 kim@example.com") == 2.0
    assert h.debris_penalty("山田太郎記者") == 2.0
    assert h.debris_penalty("대통령 기자회견 열어 입장 밝혀") == 0.0
    assert h.debris_penalty("記者会見で首相が辞任を表明") == 0.0


def test_headline_echoed_at_the_end_of_a_breadcrumb_or_start_of_a_print_title():
    norms = [h._norm(x) for x in ["HomeWeltKim to visit Russia for summit", "Kim to visit Russia for summit | Daily Planet",
                                  "Kim to visit Russia for summit", "Sport"]]
    assert h.echoed_score(h._norm("Kim to visit Russia for summit"), norms) == 1.0
    assert h.echoed_score(h._norm("Daily Planet"), norms) == 0.0  # two words: too short to count
    norms = [h._norm("Officials said Kim to visit Russia for summit in spring, after talks.")]
    assert h.echoed_score(h._norm("Kim to visit Russia for summit"), norms) == 0.0
    page = ["HomeWeltKim to visit Russia for summit with Putin", "Top stories of the day in brief",
            "Kim to visit Russia for summit with Putin", BODY, BODY]
    f = h.PageFeatures(page)
    assert h.echo_feature(f, 2, h._page_context(f)) == {"echoed": 1.0}


def test_lower_case_title_after_a_glued_breadcrumb_prefers_the_clean_copy():
    page = ["Forum>Handys>kein Empfang mehr mit dem neuen Update?", "kein Empfang mehr mit dem neuen Update?", BODY]
    assert h.prefer_unfused(page, 0) == 1
    page = ["Neue Radwege zur Altstadt am Fluss", "zur Altstadt am Fluss", BODY]  # one sentence: no crumb
    assert h.prefer_unfused(page, 0) == 0


def test_a_teaser_opening_the_body_does_not_overlap_with_itself():
    teaser = "Why would the leader travel so far east to meet Putin again this autumn, and who goes with him?"
    body = ["Officials in Seoul said Kim will leave on Monday by armoured train for the far east, with his sister.",
            BODY, BODY.replace("Monday", "Tuesday")]
    page = ["Menu", "Kim heads east", teaser] + body
    f = h.PageFeatures(page)
    ctx = h._page_context(f)
    assert ctx["block"][0] == 2 and 2 in ctx["vocabulary_lines"]  # the teaser is the first body line
    own = h.overlap_feature(f, 2, ctx)["overlap"]
    assert own == h.body_overlap(teaser, ctx["vocabulary"], own=True)
    assert own < h.body_overlap(teaser, set(ctx["vocabulary"]))  # its own words no longer all count
    # a body line's words that other body lines use still count: "russia" and "putin" are in BODY twice
    assert h.body_overlap("Kim to visit Russia for talks with Putin", {"russia": 2, "putin": 2, "visit": 1}, own=True) > 0
    assert h.body_overlap("Kim to visit Russia", {"russia": 1, "visit": 1}, own=False) == 0.5


def test_indic_vowel_signs_count_as_letters():
    # Hindi and Bengali: more than a third of the characters are vowel signs (combining marks, no \w)
    assert h.looks_like_headline("पुलिस ने चोरी के मामले का खुलासा किया")
    assert h.looks_like_headline("বিদ্যুৎ বিভ্রাটে ভোগান্তি")
    assert not h.looks_like_headline("१२.०४.२०२४ - १४:३० - ५")  # Devanagari digits are still no letters


def test_french_comment_and_a_compound_foto_are_no_debris():
    assert h.debris_penalty("Covid-19 : comment une rumeur devient une vérité") == 0.0  # French "how"
    assert h.debris_penalty("12 Kommentare") == 2.0 and h.debris_penalty("Comments") == 2.0
    assert h.debris_penalty("Neuer Blick auf das „Blue Marble“-Foto der Erde") == 0.0
    assert h.debris_penalty("Ein Reh am Waldrand (Foto: Anna Schmidt)") == 2.0


def test_french_quoted_title_is_no_neighbour_post_link():
    assert h.debris_penalty("« Les communes doivent garder leurs écoles de village »") == 0.0
    assert h.debris_penalty("« Article précédent") == 2.0
    assert h.debris_penalty("Article suivant »") == 2.0


def test_a_long_article_is_the_body_block_even_above_a_much_longer_comment_thread():
    article = [BODY] * 16  # about 2,700 characters
    comments = ["I think the summit will change nothing at all, as usual, said one reader here."] * 200
    page = ["Kim to visit Russia for summit with Putin"] + article + ["Comments"] * 12 + comments
    prose = [h.is_prose_line(x) for x in page]
    assert h.main_body_block(page, prose) == (1, 16)
    short = [BODY] * 4  # a short text above the long thread: not enough on its own
    page = ["Kim to visit Russia for summit with Putin"] + short + ["Comments"] * 12 + comments
    prose = [h.is_prose_line(x) for x in page]
    assert h.main_body_block(page, prose)[0] == 17


def test_a_numbered_table_of_contents_entry_is_no_echo_of_the_headline():
    toc = [h._norm(x) for x in ["Contents", "1 Why the summit matters for the region", "2.1 Who travels with Kim"]]
    assert h.echoed_score(h._norm("Why the summit matters for the region"), toc) == 0.0
    assert h.echoed_score(h._norm("Who travels with Kim"), toc) == 0.0
    crumbs = [h._norm(x) for x in ["Home 2024 Why the summit matters for the region", "Sport"]]
    assert h.echoed_score(h._norm("Why the summit matters for the region"), crumbs) == 1.0  # a year step, not a number only


def test_a_longer_line_that_starts_with_the_line_must_not_continue_its_last_word():
    norms = [h._norm(x) for x in ["김철수 민주당 대표 후보가 15일 시장에서 연설하고 있다", "Kim visits Russia for summit Daily Planet"]]
    assert h.echoed_score(h._norm("김철수 민주당 대표 후보"), norms) == 0.0  # a particle glued to the last word
    assert h.echoed_score(h._norm("Kim visits Russia for summit"), norms) == 1.0  # "Title | Site"


def test_a_section_and_subsection_label_pair_is_debris():
    assert h.debris_penalty("Handball | Lokalsport Ulm") == 1.5
    assert h.debris_penalty("Neue Halle für Ulm | Lokalsport") == 0.0  # a title, then a label


def test_danda_and_ideographic_full_stop_end_a_sentence_not_a_headline():
    assert not h.looks_like_headline("पुलिस ने चोरी के मामले में दो लोगों को गिरफ्तार किया है।")  # Hindi, ends with a danda
    assert h.looks_like_headline("पुलिस ने चोरी के मामले में दो लोगों को गिरफ्तार किया")
    assert not h.looks_like_headline("市は来年度から新しい自転車道の整備を始めると発表しました。")
    assert h.looks_like_headline("市、新しい自転車道の整備へ　来年度から")
    assert h.is_prose_line("पुलिस ने बताया कि चोरी के मामले में दो लोगों को गिरफ्तार किया गया है और जांच जारी है।")


def test_indic_words_keep_their_vowel_signs():
    assert h.content_words("पुलिस ने चोरी का खुलासा किया") == {"पुलिस", "चोरी", "खुलासा", "किया"}
    assert h.content_words("Police solve the theft") == {"police", "solve", "theft"}


def test_a_byline_label_on_its_own_line_is_a_header_cue():
    # "By" / "Tom Roe": the label alone on a line still says a byline follows the headline
    page = ["New robot samples blood", "By", "Tom Roe", "Share", "Facebook"]
    assert h.header_cues_score(h.PageFeatures(page), 0) == 1.5
    page[1] = "Bye"  # a word like it is no label
    assert h.header_cues_score(h.PageFeatures(page), 0) == 0.0


def test_a_dated_post_header_naming_its_author_is_a_header_cue():
    # a blog theme prints the date (twice, glued) and the author on one line under the title
    page = ["Tide tables for the bay", "3. Mai 20214. Mai 2021 | Jonas Kramer", "Share"]
    assert h.PageFeatures(page).is_byline(1)
    assert h.header_cues_score(h.PageFeatures(page), 0) == 1.5
    page[1] = "3. Mai 20214. Mai 2021 | Neue Radwege am Fluss"  # the same stamp over a teaser names no author
    assert not h.PageFeatures(page).is_byline(1)


def test_a_title_cased_headline_may_end_with_a_full_stop():
    assert h.looks_like_headline("Harbour Ferries Resume Service After Storm. Delays Expected.")
    assert not h.looks_like_headline("Harbour ferries resumed service after the storm, with delays expected.")
    # a name with its date stamp in title case stays out
    assert not h.title_cased("Ana Ruiz Soto 04 De Mayo 2022, 12:00 A. M.", 10)


def test_a_kicker_glued_to_a_quoted_title_is_dropped():
    assert h.clean_headline('Stadt und Land„Wir pflanzen tausend Bäume“')[0] == "„Wir pflanzen tausend Bäume“"
    # with a space the quotation is part of the sentence; a one-word quotation is a name
    assert h.clean_headline("Der Bürgermeister sagt „Wir pflanzen tausend Bäume“")[0] == \
        "Der Bürgermeister sagt „Wir pflanzen tausend Bäume“"
    assert h.clean_headline("Das Buch„Nachtzug“")[0] == "Das Buch„Nachtzug“"


def test_a_headline_cut_off_with_an_ellipsis_takes_the_text_of_its_whole_copy():
    body = "Kim will travel to Russia next week for talks with Putin, officials in Seoul said on Monday."
    page = ["Kim to visit Russia for summit talks", "Menu", "Sport", "Kim to visit Russia for...", "By Anna Roe",
            "28.04.2023", body, body]
    found = h.find_headline(page)
    assert (found.index, found.clean) == (3, "Kim to visit Russia for summit talks")
    page[0] = "Weather in Seoul today"  # no whole copy: the cut title stays as printed
    assert h.find_headline(page).clean == "Kim to visit Russia for..."


def test_ascii_fast_paths_give_what_the_regex_definitions_give():
    import re

    for c in map(chr, range(128)):
        line = f"Ab{c}Cd {c}Efgh-{c}{c}IJKL_9 x{c}"
        assert h._norm(line) == " ".join(re.findall(r"\w+", line.casefold())), repr(c)
        assert h.content_words(line) == {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", line)}, repr(c)
        assert h._word_count(line) == line.count(" ") + 1


def test_echo_needs_another_line_that_starts_or_ends_with_the_line():
    line = "kim to visit russia for talks"
    assert h.echoed_score(line, h._joined_norms([line, "sport"])) == 0.0  # printed only as itself
    assert h.echoed_score(line, h._joined_norms(["sport", "news"])) == 0.0  # printed nowhere
    assert h.echoed_score(line, h._joined_norms([line, line + " the daily planet"])) == 1.0
    assert h.echoed_score(line, h._joined_norms([line, "homeworld" + line])) == 1.0
    assert h.echoed_score(line, h._joined_norms(["a " + line + " b"])) == 0.0  # inside another line


def test_line_facts_kept_across_pages_are_what_a_fresh_look_gives():
    short, long_line = "Kim to visit Russia for summit with Putin", BODY * 3
    first = h.line_facts(short)
    assert h._FACTS_MEMO.get(short) == first == h._line_facts(short)  # kept, and the same as a fresh look
    assert first.shaped and not first.code and first.norm == "kim to visit russia for summit with putin"
    assert h.line_facts(long_line) == h._line_facts(long_line) and long_line not in h._FACTS_MEMO  # too long to keep


def test_comment_section_heading_names_the_post_title():
    page = ["Über den Blog", "Rezepte", "Apfelkuchen ohne Zucker", "Veröffentlicht am 3. Mai 2021 von Lena",
            "Dieser Kuchen kommt ganz ohne Zucker aus und schmeckt trotzdem der ganzen Familie sehr gut.",
            "Das Rezept ist einfach, und die Zutaten hat fast jeder schon zu Hause im Schrank stehen.",
            "Weitere Rezepte aus dem Garten und der Küche im Herbst", "2 Kommentare zu „Apfelkuchen ohne Zucker“"]
    assert h.comments_heading_title(page) == "Apfelkuchen ohne Zucker"
    assert h.find_headline(page).index == 2
    assert h.comments_heading_title(["One response to “Rain in Seoul”"]) == "Rain in Seoul"
    assert h.comments_heading_title(["4 réflexions sur « La pluie à Paris »"]) == "La pluie à Paris"
    # a commenter's name before the quoted title (a "recent comments" widget), or no quotes: not the heading
    assert h.comments_heading_title(["Lena zu „Apfelkuchen ohne Zucker“"]) is None
    assert h.comments_heading_title(["2 Kommentare zu Apfelkuchen ohne Zucker"]) is None


def test_comment_heading_title_not_printed_leaves_the_ranking_alone():
    page = ["Menu", "Kim to visit Russia for summit talks", "Von Anna Schmidt", BODY, "3 thoughts on “Another post”"]
    assert h.quoted_title_line(page, "Another post") is None
    assert h.find_headline(page).index == 1


def test_quoted_title_printed_twice_takes_the_better_placed_copy():
    page = ["Über uns", "Kontakt", "Impressum", "Programm", "Über uns", "Von Anna Schmidt", BODY, BODY,
            "Ein Gedanke zu “Über uns”"]
    assert h.find_headline(page).index == 4


def test_short_title_echoed_by_the_breadcrumb_above_it():
    trail = "Start » Ratgeber » Garten » Rosen schneiden"
    assert h.breadcrumb_end_above(["Menü", trail, "Rosen schneiden"], 2) == 1.0
    # the same trail under the line (a section label over the trail), or no separator before it: no echo
    assert h.breadcrumb_end_above(["Rosen schneiden", trail], 0) == 0.0
    assert h.breadcrumb_end_above(["Tipps zum Rosen schneiden", "Rosen schneiden"], 1) == 0.0
    # too far above (another block of the page)
    assert h.breadcrumb_end_above([trail] + ["Menü"] * 12 + ["Rosen schneiden"], 13) == 0.0


def test_teaser_opened_by_a_place_in_capitals_reads_like_text():
    teaser = "HAMBURG – Nach zwei Jahren Bauzeit öffnet am Montag die neue Brücke über den Kanal für alle Radfahrer"
    assert h.reads_like_text(teaser) and h.debris_penalty(teaser) == 1.0
    assert not h.reads_like_text("HAMBURG – Neue Brücke über den Kanal öffnet")  # a kicker and a short title
    assert not h.reads_like_text("Hamburg – Nach zwei Jahren Bauzeit öffnet am Montag die neue Brücke über den Kanal")


def test_quoted_sentence_with_its_full_stop_reads_like_text():
    assert h.reads_like_text("„Wir haben lange gewartet, jetzt fahren wir endlich über die Brücke.“")
    assert h.reads_like_text("“Wir haben lange gewartet, jetzt fahren wir endlich über die Brücke.”2")  # a footnote mark
    assert not h.reads_like_text("„Wir haben lange gewartet, jetzt fahren wir endlich über die Brücke“")
    assert not h.reads_like_text("„Endlich fertig.“")  # short: a quoted headline


def test_title_over_a_capitals_teaser_wins():
    page = ["Menü", "Kontakt", "Die Brücke ist fertig", "HAMBURG – Nach zwei Jahren Bauzeit öffnet am Montag die neue Brücke über "
            "den Kanal für alle Radfahrer und Fußgänger", "Von Anna Schmidt",
            "Die Brücke über den Kanal ist fertig: nach zwei Jahren Bauzeit können Radfahrer und Fußgänger sie ab Montag nutzen.",
            "Die Stadt hatte die Brücke für den Radverkehr geplant, der Kanal trennt zwei Stadtteile, die viele Pendler verbinden."]
    assert h.find_headline(page).index == 2


def test_header_cue_counts_more_for_the_line_right_above_it():
    page = ["Vereine", "Mitglied werden", "Termine", "Kontakt", "Die neue Halle ist eröffnet", "03.02.2022", BODY]
    f = h.PageFeatures(page)
    assert h.header_cues_score(f, 4) == 1.5  # the date right under it
    assert 0 < h.header_cues_score(f, 1) < h.header_cues_score(f, 4)  # the same date four lines down
    assert h.header_cues_score(h.PageFeatures(["Sport", "Mehr", "Fußball", "Tennis", "Golf", "Rad", "Ski", "Lauf",
                                              "Segeln", "03.02.2022"]), 0) == 0.0  # more than eight lines down
