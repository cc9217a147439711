from . import helper
def name():
    return __name__ + " " + helper.TAG
