package io.github.commissioning.internal;

import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Transfer;
import io.github.commissioning.value.Identifier;
import java.util.Optional;

/**
 * Something of a body a transfer ends that no successor takes, in some areas, from the transfer's date.
 *
 * @param transfer the transfer
 * @param item the duty, delegation or contract
 * @param role the body's part in it: duty, delegator, delegate, commissioner, provider, member or parent
 * @param function the item's function; empty for a seat or a membership
 * @param areas the areas no successor takes
 * @param period from the transfer's date to the item's end
 */
public record SuccessionGap(Transfer transfer, Identifier<?> item, String role, Optional<FunctionId> function,
    AreaSet areas,
    DateRange period) {
}
