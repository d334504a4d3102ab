#pragma once

#include <cstddef>
#include <cstdint>

// Every fuzz target defines the libFuzzer entry point. Built with clang and
// -fsanitize=fuzzer (packaging/dev.sh fuzz) it is driven by libFuzzer; in an
// ordinary build FuzzRegressionMain.cpp feeds it each file of its corpus, so
// the corpus and every crash found and kept there are tests too.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
