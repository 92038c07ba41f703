/**
 * Arrangements, waivers and reports as JSON and YAML, and registers of interests from CSV.
 * <p>
 * {@link io.github.commissioning.json.ArrangementFiles} reads and writes files by their extension;
 * {@link io.github.commissioning.json.CommissioningModule} plugs the same format into your own Jackson 3
 * mappers; {@link io.github.commissioning.json.Schemas} gives the JSON Schemas;
 * {@link io.github.commissioning.json.RegisterOfInterests} imports a published register of interests. Every
 * reader lists every problem it finds in a {@link io.github.commissioning.json.FormatException} and keeps to
 * the {@link io.github.commissioning.json.ReadLimits}.
 */
@NullMarked
package io.github.commissioning.json;

import org.jspecify.annotations.NullMarked;
