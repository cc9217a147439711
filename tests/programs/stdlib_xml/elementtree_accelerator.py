# xml.etree.ElementTree through CPython's _elementtree and pyexpat C modules
# (PyState_FindModule, _PyImport_SetModule, the trashcan of deep element chains).
import xml.etree.ElementTree as E, gc
r=E.fromstring('<a x="1"><b>t</b><!--c--></a>'); print(r.tag, r.attrib, r[0].text, E.tostring(r))
import _elementtree; print(E.Element is _elementtree.Element)
p = E.XMLPullParser(['start','end']); p.feed('<r><i/></r>'); print([(e, el.tag) for e, el in p.read_events()])
# a chain 100000 deep frees through the trashcan without exhausting the C stack
top = e = E.Element('n')
for i in range(100000):
    c = E.SubElement(e, 'n'); e = c
del top, e, c
gc.collect()
print(len(E.tostring(E.fromstring('<a>' + '<b/>' * 1000 + '</a>'))))
