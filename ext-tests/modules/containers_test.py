import containers as c

l = c.make_list(5)
print(l, type(l).__name__, len(l))
l.append("py")
print(l, c.make_list(0))
print(c.make_tuple([1]), c.make_tuple(None)[1:])
mine = [1, 2]
print(c.append_and_read(mine, "x"), mine)
print(c.append_and_read(mine, 3), mine)

def grow(lst):
    lst.append("added")
    lst.extend([7, 8])

def shrink(lst):
    del lst[:]

mine = ["a"]
print(c.mutate_via_callback(mine, grow), mine)
print(c.mutate_via_callback(mine, shrink), mine)
nums = [10, 20, 30]
print(c.set_items(nums), nums)
d = {"a": 1, "drop": 2}
print(c.dict_ops(d), d)
print(c.dict_ops({}))

def add_new(dd):
    dd["new"] = "value"
    dd["more"] = 1

d = {"x": 0}
print(c.dict_after_callback(d, add_new), d)
print(c.tuple_slice((1, 2, 3, 4)))
