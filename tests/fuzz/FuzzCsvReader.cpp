// Spreadsheet CSV in any of the encodings the catalog import reads.
#include "FuzzTarget.hpp"

#include "catalog/CsvReader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)shopcast::catalog::CsvReader::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
