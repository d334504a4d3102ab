#include "FaderLaw.hpp"

#include <algorithm>
#include <cmath>

namespace shopcast::audio {

double FaderLaw::dbAt(double position, double minimumDb)
{
    if (position >= 1.0)
        return 0.0;
    if (position <= 0.0)
        return minimumDb;
    // 20·log10(position³)
    return std::max(minimumDb, 60.0 * std::log10(position));
}

double FaderLaw::positionOf(double db, double minimumDb)
{
    if (db >= 0.0)
        return 1.0;
    if (db <= minimumDb)
        return 0.0;
    return std::pow(10.0, db / 60.0);
}

} // namespace shopcast::audio
