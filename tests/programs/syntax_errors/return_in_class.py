# return at class level.
class C:
    return 1
