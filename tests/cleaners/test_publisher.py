"""Publisher rules: a line each rule handles and a similar line it must leave alone."""

from cleaners import publisher as p


def test_from_url_host():
    assert p.publisher_from_url("https://www.example-news.com/a/b.html") == "example-news.com"
    assert p.publisher_from_url(None) is None


def test_from_copyright_line():
    assert p.publisher_from_copyright(["text", "© Copyright Daily Planet 2024. All rights reserved."]) == "Daily Planet"
    assert p.publisher_from_copyright(["text", "Copyright 2023 Daily Planet"]) == "Daily Planet"
    assert p.publisher_from_copyright(["Copyright is a legal right that protects works."]) is None
    assert p.publisher_from_copyright(["© 2024 All rights reserved."]) is None


def test_url_wins_over_copyright():
    assert p.guess_publisher("https://planet.example.org/x", ["© Daily Planet 2024"]) == "planet.example.org"
