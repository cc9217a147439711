import socket, _socket
print(_socket.AF_INET, socket.SocketType)
a, b = socket.socketpair()
a.sendall(b"hello")
print(b.recv(10))
a.close(); b.close()
print(socket.gethostname() != "", socket.inet_aton("1.2.3.4"), socket.htons(1))
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
s.listen()
print(s.getsockname()[0], s.family, s.type)
c = socket.create_connection(s.getsockname())
conn, addr = s.accept()
c.sendall(b"x" * 100)
print(len(conn.recv(1000)), addr[0])
s.settimeout(0.01)
try:
    s.accept()
except socket.timeout as e:
    print("timeout", type(e).__name__, e)
for x in (c, conn, s):
    x.close()
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)[0])
try:
    socket.socket(12345)
except OSError as e:
    print(type(e).__name__, e.errno)
print(_socket.CAPI.__class__.__name__, socket.has_ipv6, socket.getdefaulttimeout())
import email.utils
print(email.utils.formatdate(0))
