"""An object/method workload in the spirit of richards: a scheduler of tasks exchanging packets."""
import sys


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.count = 0

    def run(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
            packet.datum += self.ident
            self.count += 1
            target = self.scheduler.tasks[(self.ident + packet.datum) % len(self.scheduler.tasks)]
            target.receive(packet)
        return self.count

    def receive(self, packet):
        self.queue = packet.append_to(self.queue)


class Scheduler:
    def __init__(self, ntasks):
        self.tasks = []
        for i in range(ntasks):
            self.tasks.append(Task(self, i, i % 3, None))

    def schedule(self, rounds):
        total = 0
        for r in range(rounds):
            for t in self.tasks:
                total += t.run()
        return total


def main(rounds):
    s = Scheduler(10)
    for i in range(40):
        s.tasks[i % 10].receive(Packet(None, i, i % 2))
    print("checksum", s.schedule(rounds), sum(t.count for t in s.tasks))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 150000)
