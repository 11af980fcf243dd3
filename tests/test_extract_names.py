"""Name candidates: every capitalised run that could name a person, found once per article."""

from sitegen.extract.names import name_candidates


def test_runs_and_their_inner_runs_are_candidates():
    names = name_candidates("He wrote to External Affairs Minister S. Jaishankar on Monday.")
    assert "S. Jaishankar" in names and "Jaishankar" in names and "Minister S. Jaishankar" in names
    assert "Monday" in names and "He" in names


def test_each_candidate_once_in_order_of_first_appearance():
    assert name_candidates("Ann Lee met Bo. Ann Lee left.") == ["Ann Lee", "Ann", "Lee", "Bo"]


def test_a_full_stop_ends_a_name_unless_it_marks_an_initial_or_a_title():
    names = name_candidates("Then Mr. Raja Ram Singh wrote. Donald Trump replied.")
    assert "Mr. Raja Ram Singh" in names and "Donald Trump" in names
    assert not any("Singh Donald" in n for n in names)


def test_long_runs_are_cut_to_five_words():
    names = name_candidates("A B C D E F G")
    assert max(len(n.split()) for n in names) == 5
