/* oxpy: the CPython version whose C-API these headers reproduce.
   Like CPython's, this header has no include guard: it only defines
   constants and may be read by tools on its own. */
/* Release levels, used in the low nibble pair of PY_VERSION_HEX. */
#define PY_RELEASE_LEVEL_ALPHA  0xA
#define PY_RELEASE_LEVEL_BETA   0xB
#define PY_RELEASE_LEVEL_GAMMA  0xC     /* release candidate */
#define PY_RELEASE_LEVEL_FINAL  0xF

#define PY_MAJOR_VERSION        3
#define PY_MINOR_VERSION        11
#define PY_MICRO_VERSION        7
#define PY_RELEASE_LEVEL        PY_RELEASE_LEVEL_FINAL
#define PY_RELEASE_SERIAL       0

#define PY_VERSION              "3.11.7"

/* 0xMMmmuuLS: major, minor, micro, level, serial. */
#define PY_VERSION_HEX ((PY_MAJOR_VERSION << 24) | (PY_MINOR_VERSION << 16) | \
                        (PY_MICRO_VERSION << 8) | (PY_RELEASE_LEVEL << 4) | \
                        (PY_RELEASE_SERIAL << 0))

