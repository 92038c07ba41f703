package io.github.commissioning.internal;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.FunctionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Questions about each function's ancestors, answered for every function in time linear in the size of
 * the function tree, however deep: each walk up stops at the first function already answered, and the
 * answer is written back down the path it took.
 */
public final class FunctionTree {

  private FunctionTree() {
  }

  /**
   * Returns, for every function of an arrangement, the nearest function at or above it that is in a set.
   *
   * @param arrangement the arrangement, whose function tree has no cycle
   * @param marked the set
   * @return for each function, the nearest marked function at or above it; absent if there is none
   */
  public static Map<FunctionId, FunctionId> nearestAtOrAbove(Arrangement arrangement, Set<FunctionId> marked) {
    Map<FunctionId, Optional<FunctionId>> answer = new HashMap<>();
    List<FunctionId> path = new ArrayList<>();
    for (CommissioningFunction function : arrangement.functions()) {
      path.clear();
      Optional<FunctionId> found = Optional.empty();
      Optional<FunctionId> at = Optional.of(function.id());
      while (at.isPresent()) {
        FunctionId id = at.get();
        Optional<FunctionId> known = answer.get(id);
        if (known != null) {
          found = known;
          break;
        }
        if (marked.contains(id)) {
          found = at;
          break;
        }
        path.add(id);
        at = arrangement.function(id).flatMap(CommissioningFunction::parent);
      }
      for (FunctionId id : path) {
        answer.put(id, found);
      }
      if (found.isPresent()) {
        answer.putIfAbsent(found.get(), found);
      }
    }
    Map<FunctionId, FunctionId> result = new HashMap<>();
    answer.forEach((id, nearest) -> nearest.ifPresent(n -> result.put(id, n)));
    return result;
  }

  /**
   * Returns every function of an arrangement that has a strict ancestor in a set.
   *
   * @param arrangement the arrangement, whose function tree has no cycle
   * @param marked the set
   * @return the functions with a marked parent, grandparent, or further ancestor
   */
  public static Set<FunctionId> belowAny(Arrangement arrangement, Set<FunctionId> marked) {
    Map<FunctionId, FunctionId> nearest = nearestAtOrAbove(arrangement, marked);
    Set<FunctionId> below = new java.util.HashSet<>();
    for (CommissioningFunction function : arrangement.functions()) {
      Optional<FunctionId> parent = function.parent();
      if (parent.isPresent() && nearest.containsKey(parent.get())) {
        below.add(function.id());
      }
    }
    return below;
  }
}
