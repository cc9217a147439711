/* oxpy: token numbers of the tokenizer (non-limited).  Not included by
   Python.h. */
#ifndef Py_LIMITED_API
#ifndef Py_TOKEN_H
#define Py_TOKEN_H
#ifdef __cplusplus
extern "C" {
#endif

/* Some system headers define TILDE. */
#undef TILDE

#define ENDMARKER        0
#define NAME             1
#define NUMBER           2
#define STRING           3
#define NEWLINE          4
#define INDENT           5
#define DEDENT           6
#define LPAR             7
#define RPAR             8
#define LSQB             9
#define RSQB             10
#define COLON            11
#define COMMA            12
#define SEMI             13
#define PLUS             14
#define MINUS            15
#define STAR             16
#define SLASH            17
#define VBAR             18
#define AMPER            19
#define LESS             20
#define GREATER          21
#define EQUAL            22
#define DOT              23
#define PERCENT          24
#define LBRACE           25
#define RBRACE           26
#define EQEQUAL          27
#define NOTEQUAL         28
#define LESSEQUAL        29
#define GREATEREQUAL     30
#define TILDE            31
#define CIRCUMFLEX       32
#define LEFTSHIFT        33
#define RIGHTSHIFT       34
#define DOUBLESTAR       35
#define PLUSEQUAL        36
#define MINEQUAL         37
#define STAREQUAL        38
#define SLASHEQUAL       39
#define PERCENTEQUAL     40
#define AMPEREQUAL       41
#define VBAREQUAL        42
#define CIRCUMFLEXEQUAL  43
#define LEFTSHIFTEQUAL   44
#define RIGHTSHIFTEQUAL  45
#define DOUBLESTAREQUAL  46
#define DOUBLESLASH      47
#define DOUBLESLASHEQUAL 48
#define AT               49
#define ATEQUAL          50
#define RARROW           51
#define ELLIPSIS         52
#define COLONEQUAL       53
#define OP               54
#define AWAIT            55
#define ASYNC            56
#define TYPE_IGNORE      57
#define TYPE_COMMENT     58
#define SOFT_KEYWORD     59
#define ERRORTOKEN       60
#define N_TOKENS         64
#define NT_OFFSET        256

/* Terminal tokens are below NT_OFFSET; grammar symbols from it on. */
#define ISTERMINAL(x) ((x) < NT_OFFSET)
#define ISNONTERMINAL(x) ((x) >= NT_OFFSET)
#define ISEOF(x) ((x) == ENDMARKER)
#define ISWHITESPACE(x) \
    ((x) == ENDMARKER || (x) == NEWLINE || (x) == INDENT || (x) == DEDENT)

/* Token names, indexed by token number. */
PyAPI_DATA(const char * const) _PyParser_TokenNames[];

/* The operator token for one, two or three characters (OP if none). */
PyAPI_FUNC(int) PyToken_OneChar(int c);
PyAPI_FUNC(int) PyToken_TwoChars(int c1, int c2);
PyAPI_FUNC(int) PyToken_ThreeChars(int c1, int c2, int c3);

#ifdef __cplusplus
}
#endif
#endif /* Py_TOKEN_H */
#endif /* Py_LIMITED_API */
