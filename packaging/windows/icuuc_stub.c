/* TEST-ONLY stand-in for Windows' system icuuc.dll, copied into the Wine prefix's system32 by
   packaging/windows/inside.sh and NEVER shipped (the script fails if the bundle contains it).
   Windows 10 1703 and later have icuuc.dll; Wine 8 (Debian 12) has none, and Qt >= 6.10's
   Qt6Core.dll imports the ucnv_* converter API from it (QStringConverter's legacy code pages).
   Here every converter is "unavailable": Qt keeps its built-in UTF-8/16/32 and Latin-1. */
#include <stddef.h>
#include <stdint.h>
#define API __declspec(dllexport)
typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4
#define U_UNSUPPORTED_ERROR 16
static void set_error(UErrorCode *e, int code) { if (e && *e <= 0) *e = code; }
#define UNUSED(x) (void)(x)

API void *ucnv_open(const char *name, UErrorCode *e) { UNUSED(name); set_error(e, U_FILE_ACCESS_ERROR); return NULL; }
API void ucnv_close(void *c) { UNUSED(c); }
API void ucnv_reset(void *c) { UNUSED(c); }
API int8_t ucnv_getMaxCharSize(const void *c) { UNUSED(c); return 1; }
API const char *ucnv_getName(const void *c, UErrorCode *e) { UNUSED(c); set_error(e, U_UNSUPPORTED_ERROR); return NULL; }
API void ucnv_getToUCallBack(const void *c, void **f, const void **ctx) { UNUSED(c); if (f) *f = NULL; if (ctx) *ctx = NULL; }
API void ucnv_getFromUCallBack(const void *c, void **f, const void **ctx) { UNUSED(c); if (f) *f = NULL; if (ctx) *ctx = NULL; }
API void ucnv_setToUCallBack(void *c, void *f, const void *ctx, void **of, const void **octx, UErrorCode *e)
{ UNUSED(c); UNUSED(f); UNUSED(ctx); UNUSED(of); UNUSED(octx); set_error(e, U_UNSUPPORTED_ERROR); }
API void ucnv_setFromUCallBack(void *c, void *f, const void *ctx, void **of, const void **octx, UErrorCode *e)
{ UNUSED(c); UNUSED(f); UNUSED(ctx); UNUSED(of); UNUSED(octx); set_error(e, U_UNSUPPORTED_ERROR); }
API void ucnv_cbToUWriteUChars(void *a, const void *s, int32_t n, int32_t off, UErrorCode *e)
{ UNUSED(a); UNUSED(s); UNUSED(n); UNUSED(off); set_error(e, U_UNSUPPORTED_ERROR); }
API void ucnv_cbFromUWriteUChars(void *a, const void **s, const void *lim, int32_t off, UErrorCode *e)
{ UNUSED(a); UNUSED(s); UNUSED(lim); UNUSED(off); set_error(e, U_UNSUPPORTED_ERROR); }
API void ucnv_toUnicode(void *c, void **t, const void *tl, const char **s, const char *sl, int32_t *o, int8_t fl, UErrorCode *e)
{ UNUSED(c); UNUSED(t); UNUSED(tl); UNUSED(s); UNUSED(sl); UNUSED(o); UNUSED(fl); set_error(e, U_UNSUPPORTED_ERROR); }
API void ucnv_fromUnicode(void *c, char **t, const char *tl, const void **s, const void *sl, int32_t *o, int8_t fl, UErrorCode *e)
{ UNUSED(c); UNUSED(t); UNUSED(tl); UNUSED(s); UNUSED(sl); UNUSED(o); UNUSED(fl); set_error(e, U_UNSUPPORTED_ERROR); }
API int32_t ucnv_toUCountPending(const void *c, UErrorCode *e) { UNUSED(c); set_error(e, U_UNSUPPORTED_ERROR); return 0; }
API int32_t ucnv_fromUCountPending(const void *c, UErrorCode *e) { UNUSED(c); set_error(e, U_UNSUPPORTED_ERROR); return 0; }
API const char *ucnv_getStandardName(const char *n, const char *std, UErrorCode *e) { UNUSED(n); UNUSED(std); set_error(e, U_UNSUPPORTED_ERROR); return NULL; }
API const char *ucnv_getAvailableName(int32_t n) { UNUSED(n); return NULL; }
API int32_t ucnv_countAvailable(void) { return 0; }
API void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const void *u, int32_t n, int32_t cp, int r, UErrorCode *e)
{ UNUSED(c); UNUSED(a); UNUSED(u); UNUSED(n); UNUSED(cp); UNUSED(r); UNUSED(e); }
API void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const char *b, int32_t n, int r, UErrorCode *e)
{ UNUSED(c); UNUSED(a); UNUSED(b); UNUSED(n); UNUSED(r); UNUSED(e); }
