# Class-level state: counters, registries, mutable class attributes shared by instances, and copying patterns.
class Widget:
    created = 0
    registry = {}
    def __init__(self, name):
        Widget.created += 1
        self.id = Widget.created
        self.name = name
        type(self).registry[name] = self
    @classmethod
    def lookup(cls, name):
        return cls.registry.get(name)
    @staticmethod
    def describe(w):
        return f"#{w.id} {w.name}"
class Button(Widget):
    registry = {}
a = Widget("a")
b = Button("b")
c = Button("c")
print(Widget.created, Button.created, sorted(Widget.registry), sorted(Button.registry))
print(Widget.describe(Widget.lookup("a")), Button.lookup("b").id, Button.lookup("a"), Widget.lookup("b"))
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
class SafeBag:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
b1, b2 = Bag(), Bag()
b1.add(1)
s1, s2 = SafeBag(), SafeBag()
s1.add(1)
print(b2.items, s2.items, Bag.items is b1.items)
b1.items = ["own"]
print(b1.items, b2.items, Bag.items)
