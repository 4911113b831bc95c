package realistic.fleet.device;

/** What a device can do. */
public enum Capability { TEMPERATURE, HUMIDITY, CO2, MOTION, CAMERA, RELAY }
