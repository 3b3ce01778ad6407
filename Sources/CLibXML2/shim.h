#ifndef WARTA_CLIBXML2_SHIM_H
#define WARTA_CLIBXML2_SHIM_H

// Debian's libxml2 headers pull in ICU, whose types clash with Foundation's; Warta needs none of it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

// xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void warta_xml_free(void *pointer) { xmlFree(pointer); }

#endif
