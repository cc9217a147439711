from ..sub2 import sub2_value as inherited
