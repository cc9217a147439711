# Helper: fails while being imported, through a nested import.
def helper():
    return {}["missing key"]


VALUE = helper()
