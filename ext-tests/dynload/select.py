import select
print(select.POLLIN, select.EPOLLIN, hasattr(select, "epoll"))
p = select.poll()
p.register(0, select.POLLIN)
p.unregister(0)
print(select.select([], [], [], 0))
