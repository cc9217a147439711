# An uncaught NameError for a near-miss local name prints a suggestion.
def compute():
    number_of_items = 5
    return number_of_itmes * 2
compute()
