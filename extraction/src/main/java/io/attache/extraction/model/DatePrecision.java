package io.attache.extraction.model;

public enum DatePrecision {
    DAY, MONTH, YEAR
}
