# Tracebacks through methods, properties, lambdas and comprehensions, with caret ranges.
class Account:
    def __init__(self, balance):
        self.balance = balance
    @property
    def ratio(self):
        return 100 / self.balance
    def report(self):
        values = [self.ratio for _ in range(1)]
        return values
accounts = [Account(5), Account(0)]
results = list(map(lambda a: a.report(), accounts))
print(results)
