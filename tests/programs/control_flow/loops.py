for i in range(5):
    if i == 3:
        continue
    print(i, end=" ")
print()
for i in range(10):
    if i == 4:
        break
else:
    print("no break")
for i in []:
    pass
else:
    print("else after empty for")
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 4:
        break
    print("n", n)
else:
    print("while else")
while False:
    pass
else:
    print("while else runs")
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=1):
    print(i, a, b)
for x in range(3):
    for y in range(3):
        if y == 1:
            break
        print(x, y)
k = 0
while True:
    k += 1
    try:
        if k == 3:
            break
    finally:
        print("finally", k)
print("done", k)
