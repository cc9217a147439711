"""A module loaded by path."""
VALUE = 7
def double():
    return VALUE * 2
