# The builtin exception hierarchy: bases, MRO, and which handlers catch what.
names = ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError", "FloatingPointError",
         "LookupError", "IndexError", "KeyError", "ValueError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError",
         "TypeError", "AttributeError", "NameError", "UnboundLocalError", "OSError", "FileNotFoundError", "PermissionError",
         "TimeoutError", "ConnectionError", "BrokenPipeError", "RuntimeError", "RecursionError", "NotImplementedError",
         "StopIteration", "StopAsyncIteration", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "AssertionError",
         "ImportError", "ModuleNotFoundError", "SyntaxError", "IndentationError", "TabError", "MemoryError", "BufferError",
         "EOFError", "ReferenceError", "SystemError", "Warning", "UserWarning", "DeprecationWarning", "SyntaxWarning",
         "RuntimeWarning", "FutureWarning", "BaseExceptionGroup", "ExceptionGroup", "EncodingWarning", "ResourceWarning",
         "ChildProcessError", "IsADirectoryError", "NotADirectoryError", "InterruptedError", "ProcessLookupError",
         "BlockingIOError", "FileExistsError", "ConnectionResetError", "ConnectionRefusedError", "ConnectionAbortedError",
         "UnicodeTranslateError", "PendingDeprecationWarning", "ImportWarning", "UnicodeWarning", "BytesWarning"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, [c.__name__ for c in cls.__mro__[1:]])
print(EnvironmentError is OSError, IOError is OSError)
def which(exc):
    try:
        raise exc
    except ArithmeticError:
        return "ArithmeticError"
    except LookupError:
        return "LookupError"
    except Exception as e:
        return "Exception:" + type(e).__name__
    except BaseException as e:
        return "BaseException:" + type(e).__name__
for exc in [ZeroDivisionError, KeyError("k"), IndexError, ValueError, SystemExit(0), KeyboardInterrupt, GeneratorExit, StopIteration]:
    print(which(exc))
