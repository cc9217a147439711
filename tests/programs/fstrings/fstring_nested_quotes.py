# f-strings: nested f-strings with different quotes, dict access, method calls, and multi-line expressions.
data = {"name": "Ada", "langs": ["python", "rust"], "score": 97.5}
print(f"{data['name']} knows {', '.join(data['langs'])} and scored {data['score']:.0f}")
print(f'{data["name"]!r:>8}', f"""{data["langs"][0].title()}""", f'''{f"{data['score']:+.1f}"}''')
print(f"{'nested ' + f'{1 + 1}' + ' levels'}", f"{f'{3}'}", f"""{f'{f"{4}"}'}""")
items = [("apple", 1.5), ("kiwi", 0.25)]
print("\n".join(f"{name:<8}{price:>6.2f}" for name, price in items))
total = sum(p for _, p in items)
print(f"{'total':<8}{total:>6.2f}")
print(f"{(lambda x: x * 2)(21)}", f"{[x ** 2 for x in range(4)]}", f"{ {k: v for k, v in items} }")
print(f"{data['name'].upper()[::-1]}", f"{len(data):03d}", f"{sorted(data)}")
width = 10
print(f"{'|':>{width}}", f"{'centered':^{width + 4}}|", f"{3.14159:.{width - 7}f}")
value = 255
print(f"{value:#x} {value:#o} {value:#b} {value:c}", f"{value!r:>6}", f"{value = :_b}")
print(f"""{
    1 + 2
}""", f"{ 'spaces around' }")
