"""Money: currency signs, codes and names around a number become ISO 4217 units."""

from __future__ import annotations

import pytest

from sitegen.extract.figures import extract_figures


def money(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in extract_figures(text, None) if f.kind == "money"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plan costs $5bn over a decade.", ("$5bn", 5e9, "USD")),
        ("A fine of £3.2m was imposed.", ("£3.2m", 3.2e6, "GBP")),
        ("The state set aside Rs 1,200 crore for roads.", ("Rs 1,200 crore", 1.2e10, "INR")),
        ("Each family gets ₹5 lakh in cover.", ("₹5 lakh", 5e5, "INR")),
        ("Tickets cost US$ 40 each.", ("US$ 40", 40, "USD")),
        ("The club paid EUR 3 million for him.", ("EUR 3 million", 3e6, "EUR")),
        ("A stamp is 40 cents now.", ("40 cents", 40, "cent")),
        ("Shares closed at 470 pence.", ("470 pence", 470, "pence")),
        ("The firm raised C$ 300 million.", ("C$ 300 million", 3e8, "CAD")),
        ("Exports reached HK$10.05 billion.", ("HK$10.05 billion", 1.005e10, "HKD")),
        ("He earns five million yen a year.", ("five million yen", 5e6, "JPY")),
        ("A loan of 35 lakh rupees", ("35 lakh rupees", 3.5e6, "INR")),
        ("She sent 125 million Australian dollars.", ("125 million Australian dollars", 1.25e8, "AUD")),
        ("It sold for 100 yuan.", ("100 yuan", 100, "CNY")),
        ("Savings of €10M were found.", ("€10M", 1e7, "EUR")),
        ("The fare is 20 dollars.", ("20 dollars", 20, "USD")),
        ("He owed twenty pounds sterling.", ("twenty pounds sterling", 20, "GBP")),
        ("It cost 5 Swiss francs.", ("5 Swiss francs", 5, "CHF")),
        ("It cost fifteen united states dollars.", ("fifteen united states dollars", 15, "USD")),
        ("A $5 mn deal", ("$5 mn", 5e6, "USD")),
        ("It cost 50 Mexican pesos.", ("50 Mexican pesos", 50, "MXN")),
        ("It cost 20 Swedish kronor.", ("20 Swedish kronor", 20, "SEK")),
        ("It cost 100 pesos.", ("100 pesos", 100, "peso")),  # which peso is not said
        ("A $1.5-trillion deficit", ("$1.5-trillion", 1.5e12, "USD")),
        ("The Rs 500-crore scheme", ("Rs 500-crore", 5e9, "INR")),
        ("Another Rs.2.5 crore is pending.", ("Rs.2.5 crore", 2.5e7, "INR")),
        ("He received 3,50,000 rupees.", ("3,50,000 rupees", 3.5e5, "INR")),
    ],
)
def test_a_currency_before_or_after_the_number_makes_money(text, expected):
    (surface, value, unit) = expected
    assert money(text) == [(surface, pytest.approx(value), unit)]


def test_dollars_and_cents_are_one_amount():
    assert money("It cost thirteen dollars and forty-five cents.") == [
        ("thirteen dollars and forty-five cents", pytest.approx(13.45), "USD")
    ]


def test_a_price_per_hour_keeps_the_rate_in_the_unit():
    assert money("Work for $15/hour") == [("$15/hour", 15, "USD/h")]


def test_a_small_number_of_pounds_is_a_weight_not_money():
    figures = extract_figures("The baby weighed 8 pounds.", None)
    assert [(f.kind, f.unit) for f in figures] == [("measure", "lb")]


def test_a_penny_is_one_penny():
    assert money("I found a penny.") == [("a penny", 1, "pence")]


def test_a_rate_is_not_one_unit():
    assert money("Fuel is $3 a gallon.") == [("$3", 3, "USD")]


def test_an_article_before_a_dollar_sign_is_not_a_currency_prefix():
    assert money("It exceeds a $4 billion mark.") == [("$4 billion", 4e9, "USD")]
