#pragma once

#include <QString>

class QThreadPool;

namespace shopcast::work {

// What a piece of work does decides where it runs; see ARCHITECTURE.md
// ("Threads"). Each pool is sized so that one kind of work cannot starve
// another: a 30 s libobs stop never delays a lottery draw.
enum class Pool {
    Compute,  // CPU-bound and short: draws, compiling moderation rules, parsing a catalogue
    Decode,   // comment sources' decoding, one Strand per source keeps each in order
    Media,    // files: remuxing recordings, cutting clips, writing exports, loading a review
    Blocking, // calls that may block for long on something outside (libobs stopping an output)
};

class WorkPools
{
public:
    static QThreadPool &pool(Pool which);
    static QString name(Pool which);
    // At shutdown only, never on a path the user waits on: true when every
    // job of the pool finished within timeoutMs.
    static bool drain(Pool which, int timeoutMs);
};

} // namespace shopcast::work
