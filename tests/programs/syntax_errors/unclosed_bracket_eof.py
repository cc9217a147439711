# A bracket left open at the end of the file.
values = {
    "a": 1,
    "b": [2, 3
