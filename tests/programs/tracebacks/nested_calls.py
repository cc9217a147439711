class Service:
    def handle(self, req):
        return self.parse(req)
    def parse(self, req):
        return int(req["n"]) * 2
def main():
    s = Service()
    print(s.handle({"n": "21"}))
    print(s.handle({"n": "x"}))
main()
