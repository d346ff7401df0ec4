// The catalogs themselves are resources of this library (see CMakeLists.txt).
namespace rrw {
/// Returns the resource prefix of the compiled catalogs.
const char* translationCatalogPrefix() { return ":/i18n/"; }
}  // namespace rrw
