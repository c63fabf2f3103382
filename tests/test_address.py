"""Addresses are checked strictly: a typo is reported, never guessed at."""

import pytest

from briefgen.address import AddressError, parse_address


@pytest.mark.parametrize(
    ("text", "name", "email"),
    [
        ("ana@example.org", "", "ana@example.org"),
        ("Ana Silva <ana@example.org>", "Ana Silva", "ana@example.org"),
        ('"Silva, Ana" <ana@Example.ORG>', "Silva, Ana", "ana@example.org"),
        ("  o'brien+briefs@mail.example.co.uk ", "", "o'brien+briefs@mail.example.co.uk"),
        ("zoë@bücher.example", None, None),
    ],
)
def test_good_addresses(text, name, email):
    if email is None:  # non-ASCII before the @ is refused: few servers take it
        with pytest.raises(AddressError, match="non-ASCII"):
            parse_address(text)
        return
    address = parse_address(text)
    assert (address.name, address.email) == (name, email)


def test_international_domain_is_accepted():
    assert parse_address("zoe@bücher.example").email == "zoe@bücher.example"


@pytest.mark.parametrize(
    ("text", "expected_error"),
    [
        ("bob@", "something is missing"),
        ("bob", "needs exactly one @"),
        ("bob@@example.org", "needs exactly one @"),
        ("bob@localhost", "not a valid name"),
        ("bob@exa mple.org", "cannot contain a space"),
        ("ana@example.org, ben@example.org", "one address per entry"),
        ("Ana <ana@example.org", "not of the form"),
        ("ana@example.org\nBcc: evil@example.net", "line break"),
        ("Ana\r\nBcc: x <ana@example.org>", "line break"),
        ("a..b@example.org", "part before @"),
        ("", "empty"),
    ],
)
def test_bad_addresses_say_what_is_wrong(text, expected_error):
    with pytest.raises(AddressError, match=expected_error):
        parse_address(text)
