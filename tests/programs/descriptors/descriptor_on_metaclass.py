# Descriptors defined on a metaclass apply to class attribute access; on the class they apply to instances.
class Desc:
    def __init__(self, tag):
        self.tag = tag
    def __get__(self, inst, owner):
        return f"{self.tag}: inst={type(inst).__name__ if inst is not None else None}, owner={owner.__name__}"
class Meta(type):
    on_meta = Desc("meta-level")
class C(metaclass=Meta):
    on_class = Desc("class-level")
print(C.on_meta)
print(C.on_class)
print(C().on_class)
print(hasattr(C(), "on_meta"))
class Validated:
    def __init__(self, check):
        self.check = check
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, inst, owner):
        return self if inst is None else getattr(inst, self.name)
    def __set__(self, inst, value):
        if not self.check(value):
            raise ValueError(f"invalid {self.name[1:]}: {value!r}")
        setattr(inst, self.name, value)
class Order:
    qty = Validated(lambda v: isinstance(v, int) and v > 0)
    sku = Validated(lambda v: isinstance(v, str) and v.isupper())
    def __init__(self, sku, qty):
        self.sku, self.qty = sku, qty
o = Order("ABC", 3)
print(o.sku, o.qty)
for sku, qty in [("abc", 1), ("XYZ", 0), ("XYZ", "2")]:
    try:
        Order(sku, qty)
    except ValueError as e:
        print(type(e).__name__, e)
