# Caret lines under a long expression spanning a function call inside a subscript and a binary op.
def compute(values, index, divisor):
    return values[index] * 10 + values[index + 1] // divisor
data = [1, 2, 3, 4]
results = [compute(data, i, 2 - i) for i in range(3)]
