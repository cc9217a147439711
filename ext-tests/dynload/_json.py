import _json, json
print(json.decoder.c_scanstring is _json.scanstring, json.encoder.c_make_encoder is _json.make_encoder)
s = '{"a": [1, 2.5, "x\\n\\u00e9\\ud83d\\ude00y", null, true, false], "b\\"q": {"c": "\\t"}, "e": -1e5}'
d = json.loads(s)
print(d)
print(json.dumps(d), json.dumps(d, indent=2, sort_keys=True))
print(_json.scanstring('"abc\\"def" tail', 1), _json.scanstring('"\\u0041\\\\"', 1))
print(json.dumps("é\u2603\U0001f600", ensure_ascii=False), json.dumps("é\u2603\U0001f600"))
for bad in ['{"a" 1}', '[1, 2', '"abc', '{"a": nul}', '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
print(json.loads('[1e400, -1e400, NaN]'), json.dumps([float("inf"), 1.5, 10**20]))
print(json.loads('{"a": 1}', object_pairs_hook=list), json.loads('1.5', parse_float=str))
class E(json.JSONEncoder):
    def default(self, o):
        return sorted(o)
print(E().encode({"s": {3, 1, 2}}), json.dumps({1: 2, None: 3, 1.5: "x"}))
try:
    json.dumps({"a": object()})
except TypeError as e:
    print("TypeError", e)
print(json.dumps([{"k": [1, {"n": None}]}] * 2, separators=(",", ":")))
