package io.github.commissioning.accountability;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.DelegationState;
import io.github.commissioning.internal.Span;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Delegation chains and a function's accountability as diagrams: Mermaid flowcharts (which GitHub renders
 * in Markdown) and Graphviz DOT. The same input gives the same text, byte for byte.
 * <p>
 * This class is thread-safe: it holds no state.
 *
 * @since 0.1
 */
public final class Diagrams {

  private Diagrams() {
  }

  /** A diagram's nodes and edges, independent of the syntax that renders them. */
  private static final class Graph {
    final Map<OrganisationId, String> nodes = new TreeMap<>();
    final List<String[]> edges = new ArrayList<>();
    /** Each node's position in id order, numbered once when the diagram is written. */
    private @Nullable Map<OrganisationId, Integer> positions;

    String node(Organisation organisation, String role) {
      nodes.merge(organisation.id(), organisation.name() + " (" + organisation.id() + ")" + (role.isEmpty() ? "" : "\n" + role),
          (a, b) -> a);
      return organisation.id().code();
    }

    String id(OrganisationId organisation) {
      Map<OrganisationId, Integer> numbered = positions;
      if (numbered == null) {
        numbered = new HashMap<>(nodes.size() * 2);
        for (OrganisationId id : nodes.keySet()) {
          numbered.put(id, numbered.size());
        }
        positions = numbered;
      }
      return "n" + numbered.getOrDefault(organisation, -1);
    }

    String mermaid() {
      StringBuilder text = new StringBuilder("flowchart LR\n");
      nodes.forEach((id, label) -> text.append("  ").append(id(id)).append("[\"")
          .append(label.replace("\"", "#quot;").replace("\n", "<br/>")).append("\"]\n"));
      for (String[] edge : edges) {
        text.append("  ").append(id(OrganisationId.of(edge[0]))).append(" -->|\"")
            .append(edge[2].replace("\"", "#quot;")).append("\"| ").append(id(OrganisationId.of(edge[1]))).append('\n');
      }
      return text.toString();
    }

    String dot(String name) {
      StringBuilder text = new StringBuilder("digraph \"").append(escape(name)).append("\" {\n  rankdir=LR;\n")
          .append("  node [shape=box, fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n");
      nodes.forEach((id, label) -> text.append("  ").append(id(id)).append(" [label=\"").append(escape(label))
          .append("\"];\n"));
      for (String[] edge : edges) {
        text.append("  ").append(id(OrganisationId.of(edge[0]))).append(" -> ").append(id(OrganisationId.of(edge[1])))
            .append(" [label=\"").append(escape(edge[2])).append("\"];\n");
      }
      return text.append("}\n").toString();
    }

    private static String escape(String text) {
      return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
  }

  private static Graph graph(Chain chain) {
    Graph graph = new Graph();
    graph.node(chain.accountable(), "accountable");
    for (int i = 0; i < chain.links().size(); i++) {
      Link link = chain.links().get(i);
      graph.node(link.to(), i == chain.links().size() - 1 ? "exercises" : "");
      graph.edges.add(new String[] {link.from().id().code(), link.to().id().code(), label(link)});
    }
    return graph;
  }

  private static String label(Link link) {
    return link.basis() + ", " + link.delegation().period();
  }

  /**
   * Returns a delegation chain as a Mermaid flowchart.
   *
   * @param chain the chain, not null
   * @return the Mermaid text, not null
   */
  public static String mermaid(Chain chain) {
    Objects.requireNonNull(chain, "chain");
    return graph(chain).mermaid();
  }

  /**
   * Returns a delegation chain as a Graphviz DOT digraph.
   *
   * @param chain the chain, not null
   * @return the DOT text, not null
   */
  public static String dot(Chain chain) {
    Objects.requireNonNull(chain, "chain");
    return graph(chain).dot("chain of " + chain.function() + " in " + chain.area() + " on " + chain.date());
  }

  private static Graph graph(Accountability accountability, FunctionId function, LocalDate date) {
    Arrangement arrangement = accountability.arrangement();
    Graph graph = new Graph();
    Optional<Span> span = Access.timelines(accountability).spanAt(function, date);
    if (span.isEmpty()) {
      return graph;
    }
    for (Duty duty : span.get().duties()) {
      graph.node(arrangement.organisation(duty.holder()).orElseThrow(), "accountable for "
          + arrangement.footprint(duty.footprint()).map(f -> f.name()).orElse(duty.footprint().code()));
    }
    for (DelegationState state : span.get().delegations()) {
      if (state.effective().isEmpty()) {
        continue;
      }
      Delegation delegation = state.delegation();
      graph.node(arrangement.organisation(delegation.delegator()).orElseThrow(), "");
      graph.node(arrangement.organisation(delegation.delegate()).orElseThrow(), "");
      AreaSet footprint = Access.areas(arrangement.geography(), delegation.footprint());
      String where = state.effective().equals(footprint)
          ? arrangement.footprint(delegation.footprint()).map(f -> f.name()).orElse(delegation.footprint().code())
          : state.effective().size() + " areas";
      graph.edges.add(new String[] {delegation.delegator().code(), delegation.delegate().code(),
          Link.basis(delegation.mechanism(), arrangement.law().power(delegation.mechanism(),
              arrangement.organisation(delegation.delegator()).orElseThrow().kind(),
              arrangement.organisation(delegation.delegate()).orElseThrow().kind(), date), date) + ", "
              + delegation.period() + ", " + where});
    }
    return graph;
  }

  /**
   * Returns who holds and who exercises a function on a date, across the arrangement, as a Mermaid
   * flowchart: each duty holder, and each delegation in effect, labelled with its mechanism and where it
   * takes effect.
   *
   * @param accountability the accountability, not null
   * @param function the function, not null
   * @param date the date, not null
   * @return the Mermaid text, not null
   * @throws IllegalArgumentException if the function is not part of the arrangement
   */
  public static String mermaid(Accountability accountability, FunctionId function, LocalDate date) {
    Objects.requireNonNull(accountability, "accountability");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(date, "date");
    return graph(accountability, function, date).mermaid();
  }

  /**
   * Returns who holds and who exercises a function on a date, as a Graphviz DOT digraph.
   *
   * @param accountability the accountability, not null
   * @param function the function, not null
   * @param date the date, not null
   * @return the DOT text, not null
   * @throws IllegalArgumentException if the function is not part of the arrangement
   */
  public static String dot(Accountability accountability, FunctionId function, LocalDate date) {
    Objects.requireNonNull(accountability, "accountability");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(date, "date");
    return graph(accountability, function, date).dot("accountability for " + function + " on " + date);
  }
}
