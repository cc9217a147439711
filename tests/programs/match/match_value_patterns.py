# Value patterns via dotted names (constants on classes/modules), and equality semantics of value patterns.
import sys
class Status:
    OK = 200
    NOT_FOUND = 404
    TEAPOT = 418
class Codes:
    class Nested:
        DEEP = "deep value"
def classify(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND | Status.TEAPOT:
            return "client error"
        case Codes.Nested.DEEP:
            return "nested constant"
        case sys.maxsize:
            return "maxsize"
        case _:
            return "unknown"
for c in [200, 404, 418, 200.0, "deep value", sys.maxsize, 500, True]:
    print(repr(c), classify(c))
class AlwaysEqual:
    def __eq__(self, other):
        print("AlwaysEqual.__eq__ called")
        return True
class Holder:
    VALUE = AlwaysEqual()
match "anything":
    case Holder.VALUE:
        print("value pattern used == on the value")
match 1.0:
    case 1:
        print("1.0 matches literal 1")
match 0:
    case False:
        print("not reached: False is compared by identity")
    case 0:
        print("0 matched literal 0")
