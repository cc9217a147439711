# for/while with else, break, continue, nested loops.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("while", i)
else:
    print("not reached")
j = 0
while j < 3:
    j += 1
else:
    print("while-else ran", j)
for x in []:
    print("never")
else:
    print("empty for-else")
for x in range(3):
    try:
        if x == 1:
            continue
        print("try body", x)
    finally:
        print("finally", x)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = (row, v)
            break
    else:
        continue
    break
print(found)
def gen_loop():
    for k in range(10):
        if k == 3:
            return k
    return -1
print(gen_loop())
count = 0
while True:
    count += 1
    if count >= 100:
        break
print(count)
for a, b in zip(range(3), "xyz"):
    pass
print(a, b)
for k in range(3):
    k = k * 100
print(k)
