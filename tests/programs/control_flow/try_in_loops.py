results = []
for v in [1, 0, "x", 4]:
    try:
        results.append(10 // v)
    except ZeroDivisionError:
        results.append("zero")
        continue
    except TypeError as e:
        results.append(type(e).__name__)
        break
    else:
        results.append("ok")
    finally:
        results.append("f")
print(results)
i = 0
while i < 5:
    i += 1
    try:
        if i % 2:
            continue
        print("even", i)
    finally:
        print("finally", i)
def first_negative(nums):
    for n in nums:
        try:
            if n < 0:
                return n
        finally:
            pass
    return None
print(first_negative([3, -2, -5]), first_negative([1]))
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            break
    else:
        print("never")
    print("outer", outer, "inner", inner)
