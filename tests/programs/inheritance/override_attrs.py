# Attribute lookup through inheritance: overriding, class vs instance, isinstance on hierarchies.
class Animal:
    sound = "..."
    legs = 4
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
    def describe(self):
        return f"{self.speak()} and has {self.legs} legs"
class Dog(Animal):
    sound = "woof"
class Bird(Animal):
    sound = "tweet"
    legs = 2
    def speak(self):
        return super().speak().upper()
class Penguin(Bird):
    def describe(self):
        return "penguin: " + super().describe()
for a in (Animal(), Dog(), Bird(), Penguin()):
    print(a.describe())
p = Penguin()
p.legs = 3
print(p.describe(), Penguin.legs, Bird.legs)
print(isinstance(p, Bird), isinstance(p, Animal), isinstance(p, Dog), issubclass(Penguin, Animal), issubclass(Animal, Penguin))
print([c.__name__ for c in Penguin.__mro__], Penguin.__base__.__name__, Dog.__subclasses__(), [c.__name__ for c in Animal.__subclasses__()])
Animal.sound = "generic"
print(Animal().speak(), Dog().speak())
del Dog.sound
print(Dog().speak())
class Vehicle:
    def __init__(self, wheels):
        self.wheels = wheels
class Car(Vehicle):
    def __init__(self, brand):
        super().__init__(4)
        self.brand = brand
class NoInit(Car):
    pass
c = NoInit("x")
print(vars(c))
try:
    NoInit()
except TypeError as e:
    print(type(e).__name__, e)
class Mixin:
    def greet(self):
        return "hello from " + self.name
class Named:
    def __init__(self, name):
        self.name = name
class Greeter(Mixin, Named):
    pass
print(Greeter("mixin").greet())
print(hasattr(Greeter, "greet"), "greet" in Greeter.__dict__, "greet" in Mixin.__dict__)
