"""Object/method workload in the spirit of the classic "richards" benchmark
(written from scratch for oxpy): a priority scheduler runs an idle task, a
worker, two handlers and two devices that pass message objects between
mailboxes. Stresses classes, instance attributes, subclass method dispatch
and linked structures of small objects.

usage: richards.py [IDLE_STEPS]
"""
import sys

WORK = 0
DEVICE = 1

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)


class Message:
    __slots__ = ("next", "sender", "kind", "datum", "payload")

    def __init__(self, kind, sender):
        self.next = None
        self.sender = sender
        self.kind = kind
        self.datum = 0
        self.payload = [0, 0, 0, 0]


class Task:
    def __init__(self, sched, ident, priority):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.link = None
        self.inbox = None
        self.held = False
        self.waiting = False
        self.runs = 0

    def runnable(self):
        return not self.held and (not self.waiting or self.inbox is not None)

    def deliver(self, msg):
        """Append msg to the inbox; True if the inbox was empty."""
        msg.next = None
        if self.inbox is None:
            self.inbox = msg
            return True
        p = self.inbox
        while p.next is not None:
            p = p.next
        p.next = msg
        return False

    def step(self, msg):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority)
        self.count = count
        self.seed = 1

    def step(self, msg):
        self.count -= 1
        if self.count == 0:
            return None
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        if (self.seed >> 16) & 1:
            return self.sched.release(DEVICE_A)
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, msg):
        if msg is None:
            return self.sched.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        msg.datum = 0
        payload = msg.payload
        for i in range(len(payload)):
            self.letter = self.letter % 26 + 1
            payload[i] = self.letter
        return self.sched.send(msg, self.target)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, device):
        Task.__init__(self, sched, ident, priority)
        self.device = device
        self.works = []
        self.devices = []

    def step(self, msg):
        if msg is not None:
            if msg.kind == WORK:
                self.works.append(msg)
            else:
                self.devices.append(msg)
        if self.works:
            work = self.works[0]
            if work.datum >= len(work.payload):
                self.works.pop(0)
                return self.sched.send(work, WORKER)
            if self.devices:
                dev = self.devices.pop()
                dev.datum = work.payload[work.datum]
                work.datum += 1
                return self.sched.send(dev, self.device)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority)
        self.pending = []
        self.total = 0

    def step(self, msg):
        if msg is not None:
            self.total += msg.datum
            self.pending.append(msg)
            return self.sched.hold_self()
        if self.pending:
            out = self.pending.pop(0)
            return self.sched.send(out, out.sender)
        return self.sched.wait()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.head = None
        self.current = None
        self.sends = 0
        self.holds = 0
        self.switches = 0

    def add(self, task):
        self.tasks[task.ident] = task
        if self.head is None or task.priority > self.head.priority:
            task.link = self.head
            self.head = task
            return task
        p = self.head
        while p.link is not None and p.link.priority >= task.priority:
            p = p.link
        task.link = p.link
        p.link = task
        return task

    def run(self):
        t = self.head
        while t is not None:
            if t.runnable():
                self.current = t
                msg = t.inbox
                if msg is not None:
                    t.inbox = msg.next
                    msg.next = None
                t.waiting = False
                t.runs += 1
                nxt = t.step(msg)
                if nxt is not t:
                    self.switches += 1
                t = nxt
            else:
                t = t.link

    # Actions a running task ends its step with; each returns the next task.
    def send(self, msg, dest_id):
        cur = self.current
        dest = self.tasks[dest_id]
        msg.sender = cur.ident
        self.sends += 1
        if dest.deliver(msg) and dest.priority > cur.priority and dest.runnable():
            return dest
        return cur

    def wait(self):
        cur = self.current
        cur.waiting = True
        return cur

    def hold_self(self):
        cur = self.current
        cur.held = True
        self.holds += 1
        return cur.link

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current


def build(count):
    s = Scheduler()
    s.add(IdleTask(s, IDLE, 0, count))
    worker = s.add(WorkerTask(s, WORKER, 1000))
    ha = s.add(HandlerTask(s, HANDLER_A, 2000, DEVICE_A))
    hb = s.add(HandlerTask(s, HANDLER_B, 3000, DEVICE_B))
    s.add(DeviceTask(s, DEVICE_A, 4000))
    s.add(DeviceTask(s, DEVICE_B, 5000))
    for _ in range(2):
        worker.deliver(Message(WORK, WORKER))
    for h in (ha, hb):
        for _ in range(3):
            h.deliver(Message(DEVICE, h.ident))
    return s


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    s = build(count)
    s.run()
    tasks = [s.tasks[i] for i in range(6)]
    runs = [t.runs for t in tasks]
    totals = tasks[DEVICE_A].total + tasks[DEVICE_B].total
    print("runs", runs, "sends", s.sends, "holds", s.holds, "switches", s.switches)
    print("checksum %d %d %d %d %d" % (sum(runs), s.sends, s.holds, s.switches, totals))


if __name__ == "__main__":
    main()
