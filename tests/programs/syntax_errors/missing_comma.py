# Missing comma between list items (a hint is given).
items = [1, 2 3]
