# Attribute lookup order: data descriptor on type > instance dict > non-data descriptor/class attr > __getattr__.
class DataDesc:
    def __get__(self, i, o):
        return "data descriptor"
    def __set__(self, i, v):
        raise AttributeError("read-only data descriptor")
class NonDataDesc:
    def __get__(self, i, o):
        return "non-data descriptor"
class Base:
    inherited = "from Base"
class C(Base):
    d = DataDesc()
    n = NonDataDesc()
    plain = "class attribute"
    def __getattr__(self, name):
        return f"__getattr__({name})"
c = C()
c.__dict__.update(d="instance d", n="instance n", plain="instance plain")
print(c.d, c.n, c.plain, c.inherited, c.missing)
del c.__dict__["n"], c.__dict__["plain"]
print(c.n, c.plain)
C.plain = "changed on class"
print(c.plain, Base.inherited, C.inherited)
Base.inherited = "changed on Base"
print(c.inherited)
class Meta(type):
    meta_attr = "from metaclass"
    @property
    def meta_prop(cls):
        return "metaclass property"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.meta_attr, WithMeta.meta_prop, hasattr(WithMeta(), "meta_attr"))
class Shadow(metaclass=Meta):
    meta_attr = "class shadows metaclass"
print(Shadow.meta_attr, type(Shadow).meta_attr)
