package io.github.commissioning.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A decision taken by a {@linkplain #body() body} on a {@linkplain #date() date} about a
 * {@linkplain #function() function}, affecting some organisations, with a record of who took part, who
 * voted, who withdrew and who declared an interest at the meeting.
 * <p>
 * A decision may award a contract ({@link #awardedTo()}); when conflicts left the meeting unable to
 * decide, the {@linkplain #escalation() escalation} records what was done.
 * <p>
 * The record of who did what, as minutes state it:
 * <ul>
 *   <li>{@linkplain #participants() participants} took part in the discussion of the item;
 *   <li>{@linkplain #voters() voters} voted on it, and so took part too, whether or not they are also
 *       listed as participants;
 *   <li>those who {@linkplain #withdrew() withdrew} left the item: they neither took part, voted nor
 *       chaired it;
 *   <li>{@linkplain #declarations() declarations} name who declared an interest at the meeting for the
 *       item, whatever they did next;
 *   <li>{@linkplain #coOpted() co-opted} people join the voters for this item only, to restore a quorum.
 * </ul>
 * When none of participants, voters and withdrawals is recorded, every voting member of the body on the
 * date is taken to have been present. A record that contradicts itself (a person who withdrew and voted)
 * or a vote by someone who is neither a voting member nor co-opted is built without complaint, since
 * minutes say what they say, and reported by the rule {@code ACC-DECISION-RECORD}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract sealed class Decision implements WithDecision permits ImmutableDecision {

  Decision() {
  }

  /**
   * Returns a new builder of decisions.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, not null.
   *
   * @return the id, not null
   */
  public abstract DecisionId id();

  /**
   * Returns a short description of the item decided, not null.
   *
   * @return a short description of the item decided, not null
   */
  public abstract String title();

  /**
   * Returns the body that decided, not null.
   *
   * @return the body that decided, not null
   */
  public abstract BodyId body();

  /**
   * Returns the day of the decision, not null.
   *
   * @return the day of the decision, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the function decided on, not null.
   *
   * @return the function decided on, not null
   */
  public abstract FunctionId function();

  /**
   * Returns the organisations the decision names, in id order.
   *
   * @return the organisations the decision names, in id order
   */
  @Value.NaturalOrder
  public abstract SortedSet<OrganisationId> affects();

  /**
   * Returns the provider a contract was awarded to, if the decision awards one.
   *
   * @return the provider a contract was awarded to, if the decision awards one
   */
  public abstract Optional<OrganisationId> awardedTo();

  /**
   * Returns the people who took part in the discussion, in id order.
   *
   * @return the people who took part in the discussion, in id order
   */
  @Value.NaturalOrder
  public abstract SortedSet<PersonId> participants();

  /**
   * Returns the people who voted, in id order.
   *
   * @return the people who voted, in id order
   */
  @Value.NaturalOrder
  public abstract SortedSet<PersonId> voters();

  /**
   * Returns the people who withdrew from the item, in id order.
   *
   * @return the people who withdrew from the item, in id order
   */
  @Value.NaturalOrder
  public abstract SortedSet<PersonId> withdrew();

  /**
   * Returns the people who declared an interest at the meeting for this item, in id order.
   *
   * @return the people who declared an interest at the meeting for this item, in id order
   */
  @Value.NaturalOrder
  public abstract SortedSet<PersonId> declarations();

  /**
   * Returns who chaired the item, if recorded; otherwise the body's chair is taken to have.
   *
   * @return who chaired the item, if recorded; otherwise the body's chair is taken to have
   */
  public abstract Optional<PersonId> chairedBy();

  /**
   * Returns what was done when conflicts left the meeting unable to decide, if anything.
   *
   * @return what was done when conflicts left the meeting unable to decide, if anything
   */
  public abstract Optional<EscalationKind> escalation();

  /**
   * Returns the body the item was referred to, for {@link EscalationKind#REFERRED}.
   *
   * @return the body the item was referred to, for {@link EscalationKind#REFERRED}
   */
  public abstract Optional<BodyId> referredTo();

  /**
   * Returns the conflicted members the chair permitted to stay for the discussion, without voting, as
   * recorded in the minutes, in id order: a managed conflict.
   *
   * @return the members permitted to stay, in id order
   */
  @Value.NaturalOrder
  public abstract SortedSet<PersonId> permittedToStay();

  /**
   * Returns how the item's conflicts were managed, as recorded (a mitigation agreed by the chair or the
   * conflicts guardian), if recorded.
   *
   * @return the recorded mitigation, if any
   */
  public abstract Optional<String> mitigation();

  /**
   * Returns the people co-opted to restore the quorum, in id order.
   *
   * @return the people co-opted to restore the quorum, in id order
   */
  @Value.NaturalOrder
  public abstract SortedSet<PersonId> coOpted();

  /**
   * Returns the organisations whose own bodies ratified the decision, in id order.
   *
   * @return the organisations whose own bodies ratified the decision, in id order
   */
  @Value.NaturalOrder
  public abstract SortedSet<OrganisationId> ratifiedBy();

  /**
   * Returns whether the decision is a procurement decision; false unless set.
   *
   * @return whether the decision is a procurement decision; false unless set
   */
  @Value.Default
  public boolean isProcurement() {
    return false;
  }

  /**
   * Returns whether the decision is entered in the register of procurement decisions; false unless set.
   *
   * @return whether the decision is entered in the register of procurement decisions; false unless set
   */
  @Value.Default
  public boolean isInProcurementRegister() {
    return false;
  }

  @Override
  public String toString() {
    return title() + " (" + id() + ")";
  }

  /**
   * A builder of {@link Decision}s. Obtain one from {@link Decision#builder()}.
   * <pre>{@code
   * Decision award = Decision.builder().id(DecisionId.of("D1")).title("Award the APMS contract")
   *     .body(BodyId.of("16C-PCCC")).date(LocalDate.of(2021, 6, 1)).function(FunctionId.of("pms"))
   *     .affects(OrganisationId.of("A81001"))
   *     .voters(PersonId.of("P1"), PersonId.of("P2"))
   *     .withdrew(PersonId.of("P3"))
   *     .declarations(PersonId.of("P3"))
   *     .build();
   * }</pre>
   * Each set of ids has a setter that replaces it ({@code voters(…)}) and adders that add to it
   * ({@code addVoter(id)}, {@code addAllVoters(iterable)}); {@code from(decision)} starts from a copy.
   * This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {
    }

    /**
     * Sets the organisations the decision names, replacing any set before; {@code add…} methods add to them instead.
     *
     * @param organisations the ids, not null, no element null
     * @return this builder
     * @throws NullPointerException if an id is null
     */
    public Builder affects(OrganisationId... organisations) {
      return affects(Arrays.asList(Objects.requireNonNull(organisations, "organisations")));
    }

    /**
     * Sets the people who took part in the discussion, replacing any set before; {@code add…} methods add to them instead.
     *
     * @param people the ids, not null, no element null
     * @return this builder
     * @throws NullPointerException if an id is null
     */
    public Builder participants(PersonId... people) {
      return participants(Arrays.asList(Objects.requireNonNull(people, "people")));
    }

    /**
     * Sets the people who voted, replacing any set before; {@code add…} methods add to them instead.
     *
     * @param people the ids, not null, no element null
     * @return this builder
     * @throws NullPointerException if an id is null
     */
    public Builder voters(PersonId... people) {
      return voters(Arrays.asList(Objects.requireNonNull(people, "people")));
    }

    /**
     * Sets the people who withdrew from the item, replacing any set before; {@code add…} methods add to them instead.
     *
     * @param people the ids, not null, no element null
     * @return this builder
     * @throws NullPointerException if an id is null
     */
    public Builder withdrew(PersonId... people) {
      return withdrew(Arrays.asList(Objects.requireNonNull(people, "people")));
    }

    /**
     * Sets the people who declared an interest at the meeting for the item, replacing any set before; {@code add…} methods add to them instead.
     *
     * @param people the ids, not null, no element null
     * @return this builder
     * @throws NullPointerException if an id is null
     */
    public Builder declarations(PersonId... people) {
      return declarations(Arrays.asList(Objects.requireNonNull(people, "people")));
    }

    /**
     * Sets the people co-opted to restore the quorum, replacing any set before; {@code add…} methods add to them instead.
     *
     * @param people the ids, not null, no element null
     * @return this builder
     * @throws NullPointerException if an id is null
     */
    public Builder coOpted(PersonId... people) {
      return coOpted(Arrays.asList(Objects.requireNonNull(people, "people")));
    }

    /**
     * Sets the conflicted members the chair permitted to stay for the discussion, replacing any set before;
     * {@code add…} methods add to them instead.
     *
     * @param people the ids, not null, no element null
     * @return this builder
     */
    public Builder permittedToStay(PersonId... people) {
      return permittedToStay(Arrays.asList(Objects.requireNonNull(people, "people")));
    }

    /**
     * Sets the organisations whose own bodies ratified the decision, replacing any set before; {@code add…} methods add to them instead.
     *
     * @param organisations the ids, not null, no element null
     * @return this builder
     * @throws NullPointerException if an id is null
     */
    public Builder ratifiedBy(OrganisationId... organisations) {
      return ratifiedBy(Arrays.asList(Objects.requireNonNull(organisations, "organisations")));
    }
  }
}
