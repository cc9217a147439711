import termios
print(termios.B9600, termios.TCSANOW, termios.ECHO)
try:
    termios.tcgetattr(0)
except termios.error as e:
    print("error", e.args[0])
